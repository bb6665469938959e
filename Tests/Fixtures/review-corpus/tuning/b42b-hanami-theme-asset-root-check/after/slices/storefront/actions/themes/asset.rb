# frozen_string_literal: true

require "pathname"

module Storefront
  module Actions
    module Themes
      # Serves merchant theme assets (CSS, fonts, images) uploaded through the
      # theme editor, from <themes_root>/<merchant_id>/.
      class Asset < Storefront::Action
        include Deps["settings"]

        CONTENT_TYPES = {
          ".css" => "text/css", ".woff2" => "font/woff2", ".png" => "image/png",
          ".jpg" => "image/jpeg", ".svg" => "image/svg+xml"
        }.freeze

        params do
          required(:merchant_id).filled(:integer)
          required(:file).filled(:string)
        end

        def handle(request, response)
          halt 404 unless request.params.valid?

          path = resolve(request.params[:merchant_id], request.params[:file])
          halt 404 unless path && CONTENT_TYPES.key?(path.extname)

          response.headers["Content-Type"] = CONTENT_TYPES.fetch(path.extname)
          response.headers["Cache-Control"] = "public, max-age=86400"
          response.unsafe_send_file(path.to_s)
        end

        private

        def resolve(merchant_id, file)
          root = Pathname(settings.themes_root).join(merchant_id.to_s).realpath
          candidate = root.join(file).realpath
          return unless candidate.file?
          return unless candidate.to_s.start_with?("#{root}#{File::SEPARATOR}")

          candidate
        rescue Errno::ENOENT, Errno::ENOTDIR
          nil
        end
      end
    end
  end
end
