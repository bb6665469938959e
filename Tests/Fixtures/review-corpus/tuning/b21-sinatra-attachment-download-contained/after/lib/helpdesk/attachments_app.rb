require "sinatra/base"
require "json"
require "securerandom"
require "fileutils"

module Helpdesk
  class AttachmentsApp < Sinatra::Base
    ATTACH_ROOT = File.expand_path(ENV.fetch("ATTACHMENT_ROOT", "/var/lib/helpdesk/attachments"))
    MAX_BYTES = 15 * 1024 * 1024

    helpers do
      def current_agent
        @current_agent ||= Agent.authenticate(request.env["HTTP_AUTHORIZATION"])
      end

      def ticket!
        ticket = Ticket.visible_to(current_agent).find_by(id: params[:ticket_id])
        halt 404, { error: "ticket not found" }.to_json unless ticket
        ticket
      end

      def ticket_dir(ticket)
        File.join(ATTACH_ROOT, ticket.id.to_s)
      end
    end

    before do
      content_type :json
      halt 401, { error: "unauthorised" }.to_json unless current_agent
    end

    get "/tickets/:ticket_id/attachments" do
      ticket = ticket!
      files = Dir.children(ticket_dir(ticket)).sort rescue []
      { ticket: ticket.id, attachments: files }.to_json
    end

    get "/tickets/:ticket_id/attachments/:name" do
      ticket = ticket!
      base = File.expand_path(ticket_dir(ticket))
      path = File.expand_path(File.basename(params[:name].to_s), base)
      halt 404, { error: "not found" }.to_json unless path.start_with?(base + File::SEPARATOR) && File.file?(path)

      ticket.events.create!(kind: "attachment_downloaded", actor: current_agent, detail: File.basename(path))
      send_file path, disposition: "attachment", filename: File.basename(path)
    end

    post "/tickets/:ticket_id/attachments" do
      ticket = ticket!
      upload = params[:file]
      halt 400, { error: "file required" }.to_json unless upload && upload[:tempfile]
      halt 413, { error: "too large" }.to_json if upload[:tempfile].size > MAX_BYTES

      ext = File.extname(upload[:filename].to_s).downcase.gsub(/[^a-z0-9.]/, "")[0, 10]
      stored = "#{SecureRandom.hex(8)}#{ext}"
      FileUtils.mkdir_p(ticket_dir(ticket))
      FileUtils.cp(upload[:tempfile].path, File.join(ticket_dir(ticket), stored))
      ticket.events.create!(kind: "attachment_added", actor: current_agent, detail: stored)

      status 201
      { name: stored }.to_json
    end

    delete "/tickets/:ticket_id/attachments/:name" do
      halt 403, { error: "forbidden" }.to_json unless current_agent.admin?
      ticket = ticket!
      path = File.join(ticket_dir(ticket), File.basename(params[:name]))
      halt 404 unless File.file?(path)
      File.delete(path)
      status 204
    end
  end
end
