require "sinatra/base"
require "securerandom"
require "json"

module Portal
  class Avatars < Sinatra::Base
    AVATAR_DIR = ENV.fetch("AVATAR_DIR", "/srv/portal/avatars")
    ALLOWED_TYPES = %w[image/png image/jpeg image/webp].freeze
    DEFAULT_SIZE = "256".freeze

    helpers do
      def current_member
        @current_member ||= Member.find_by(session_token: request.cookies["portal_session"]) || halt(401)
      end

      # The mobile app asks for 512px avatars on retina screens.
      def geometry
        size = params.fetch("size", DEFAULT_SIZE).to_s.strip
        "#{size}x#{size}"
      end
    end

    post "/avatars" do
      upload = params[:file] or halt 400, "missing file"
      halt 415, "unsupported type" unless ALLOWED_TYPES.include?(upload[:type])

      tmp = upload[:tempfile]
      out_path = File.join(AVATAR_DIR, "#{SecureRandom.uuid}.png")

      output = `convert #{tmp.path} -resize #{geometry}^ -gravity center -extent #{geometry} #{out_path} 2>&1`
      unless $?.success?
        logger.warn("avatar convert failed for member=#{current_member.id}: #{output}")
        halt 422, "could not process image"
      end

      current_member.update!(avatar_path: out_path)
      content_type :json
      { avatar: File.basename(out_path) }.to_json
    end
  end
end
