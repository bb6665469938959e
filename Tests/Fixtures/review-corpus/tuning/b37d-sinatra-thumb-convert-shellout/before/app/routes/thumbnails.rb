require "sinatra/base"
require "mini_magick"
require "tempfile"
require_relative "../../lib/blob_store"

module Gallery
  class Thumbnails < Sinatra::Base
    MAX_EDGE = 2048

    configure do
      set :blob_store, BlobStore.new(bucket: ENV.fetch("GALLERY_BUCKET"))
      set :cache_control, "public, max-age=86400"
    end

    helpers do
      def dimension(name, default)
        value = Integer(params.fetch(name, default).to_s, 10)
        halt 422, "bad #{name}" unless value.between?(16, MAX_EDGE)
        value
      rescue ArgumentError
        halt 422, "bad #{name}"
      end

      def blob_store
        settings.blob_store
      end
    end

    get "/photos/:id/thumb" do
      photo = Photo.find_by!(public_id: params[:id])
      width = dimension("w", 320)
      height = dimension("h", 240)

      src = Tempfile.new(["src", File.extname(photo.key)])
      begin
        blob_store.download(photo.key, to: src.path)

        image = MiniMagick::Image.open(src.path)
        image.combine_options do |c|
          c.resize "#{width}x#{height}^"
          c.gravity "center"
          c.extent "#{width}x#{height}"
        end
        image.format "jpg"

        cache_control settings.cache_control
        content_type "image/jpeg"
        image.to_blob
      ensure
        src.close!
      end
    end

    get "/photos/:id/original" do
      photo = Photo.find_by!(public_id: params[:id])
      redirect blob_store.presigned_url(photo.key, expires_in: 300)
    end
  end
end
