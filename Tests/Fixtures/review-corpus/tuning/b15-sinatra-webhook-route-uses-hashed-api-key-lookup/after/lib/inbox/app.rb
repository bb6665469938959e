require "sinatra/base"
require "json"
require "openssl"
require "rack/utils"
require_relative "db"

module Inbox
  class App < Sinatra::Base
    set :show_exceptions, false

    helpers do
      def api_key_account
        raw = request.env["HTTP_X_API_KEY"].to_s
        return nil if raw.length < 32
        digest = OpenSSL::Digest::SHA256.hexdigest(raw)
        key = DB[:api_keys].where(digest: digest, revoked_at: nil).first
        return nil unless key && Rack::Utils.secure_compare(key[:digest], digest)
        DB[:accounts].where(id: key[:account_id]).first
      end

      def authenticate!
        @account = api_key_account
        halt 401, { error: "invalid api key" }.to_json unless @account
      end
    end

    before { content_type :json }

    get "/messages" do
      authenticate!
      DB[:messages].where(account_id: @account[:id]).reverse(:id).limit(50).all.to_json
    end

    post "/messages" do
      authenticate!
      payload = JSON.parse(request.body.read)
      id = DB[:messages].insert(account_id: @account[:id], subject: payload["subject"].to_s[0, 200],
                                body: payload["body"].to_s, created_at: Time.now.utc)
      status 201
      { id: id }.to_json
    end
  end
end