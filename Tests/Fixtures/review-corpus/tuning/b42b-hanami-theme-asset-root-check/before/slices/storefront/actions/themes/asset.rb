# frozen_string_literal: true

module Storefront
  module Actions
    module Themes
      # Serves merchant theme assets (CSS, fonts, images) uploaded through the
      # theme editor. Only the bundled default theme existed until now.
      class Asset < Storefront::Action
        include Deps["settings"]

        CONTENT_TYPES = {
          ".css" => "text/css", ".woff2" => "font/woff2", ".png" => "image/png",
          ".jpg" => "image/jpeg", ".svg" => "image/svg+xml"
        }.freeze

        params do
          required(:file).filled(:string)
        end

        def handle(request, response)
          halt 404 unless request.params.valid?

          name = request.params[:file]
          halt 404 unless %w[base.css theme.css logo.svg].include?(name)

          path = File.join(settings.default_theme_dir, name)
          response.headers["Content-Type"] = CONTENT_TYPES.fetch(File.extname(path), "application/octet-stream")
          response.headers["Cache-Control"] = "public, max-age=86400"
          response.unsafe_send_file(path)
        end
      end
    end
  end
end
