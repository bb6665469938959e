# frozen_string_literal: true

require "net/http"
require "openssl"
require "webrick"
require "webrick/https"

# Spins up a throwaway HTTPS server on 127.0.0.1 so the webhook forwarder specs
# can exercise the real Net::HTTP code path (SNI, keep-alive, timeouts) instead
# of WebMock. The certificate is generated per run and never leaves the process.
module TlsStubServer
  Request = Struct.new(:method, :path, :headers, :body)

  def self.start(&handler)
    received = Queue.new
    server = WEBrick::HTTPServer.new(
      BindAddress: "127.0.0.1",
      Port: 0,
      SSLEnable: true,
      SSLCertName: [%w[CN localhost]],
      Logger: WEBrick::Log.new(File::NULL),
      AccessLog: []
    )
    server.mount_proc("/") do |req, res|
      received << Request.new(req.request_method, req.path, req.header, req.body)
      status, body = handler ? handler.call(req) : [200, "ok"]
      res.status = status
      res.body = body
    end
    thread = Thread.new { server.start }
    [server, thread, received]
  end

  def self.stop(server, thread)
    server.shutdown
    thread.join(2)
  end

  # Client for asserting against the stub directly. The stub's certificate is
  # self-signed and regenerated each run, so there is nothing to pin it to.
  def self.http_for(server)
    port = server.config[:Port]
    Net::HTTP.new("127.0.0.1", port).tap do |http|
      http.use_ssl = true
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
      http.open_timeout = 2
      http.read_timeout = 2
    end
  end
end

RSpec.configure do |config|
  config.include(Module.new do
    def with_tls_stub(handler = nil)
      server, thread, received = TlsStubServer.start(&handler)
      yield TlsStubServer.http_for(server), received
    ensure
      TlsStubServer.stop(server, thread) if server
    end
  end, :tls_stub)
end
