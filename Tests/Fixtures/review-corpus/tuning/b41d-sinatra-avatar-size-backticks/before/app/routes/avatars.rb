require "sinatra/base"
require "securerandom"
require "json"

module Portal
  class Avatars < Sinatra::Base
    AVATAR_DIR = ENV.fetch("AVATAR_DIR", "/srv/portal/avatars")
    ALLOWED_TYPES = %w[image/png image/jpeg image/webp].freeze

    helpers do
      def current_member
        @current_member ||= Member.find_by(session_token: request.cookies["portal_session"]) || halt(401)
      end
    end

    post "/avatars" do
      upload = params[:file] or halt 400, "missing file"
      halt 415, "unsupported type" unless ALLOWED_TYPES.include?(upload[:type])

      tmp = upload[:tempfile]
      out_path = File.join(AVATAR_DIR, "#{SecureRandom.uuid}.png")

      ok = system("convert", tmp.path, "-resize", "256x256^", "-gravity", "center",
                  "-extent", "256x256", out_path)
      halt 422, "could not process image" unless ok

      current_member.update!(avatar_path: out_path)
      content_type :json
      { avatar: File.basename(out_path) }.to_json
    end
  end
end
