# frozen_string_literal: true

require "open3"

class ThumbnailsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_asset

  DEFAULT_GEOMETRY = "320x240"
  CACHE_DIR = Rails.root.join("tmp", "thumbnails")

  def show
    geometry = DEFAULT_GEOMETRY
    path = thumbnail_path(geometry)
    generate_thumbnail(geometry, path) unless File.exist?(path)

    expires_in 1.hour, public: false
    send_file path, type: "image/png", disposition: "inline"
  end

  def destroy
    authorize @asset, :update?
    Dir.glob(CACHE_DIR.join("#{@asset.id}-*.png")).each { |f| File.delete(f) }
    head :no_content
  end

  private

  def set_asset
    @asset = current_user.assets.find(params[:asset_id])
  end

  def thumbnail_path(geometry)
    FileUtils.mkdir_p(CACHE_DIR)
    CACHE_DIR.join("#{@asset.id}-#{Digest::SHA256.hexdigest(geometry)[0, 12]}.png").to_s
  end

  def generate_thumbnail(geometry, dest)
    source = ActiveStorage::Blob.service.path_for(@asset.file.key)
    _out, err, status = Open3.capture3(
      "convert", "#{source}[0]",
      "-thumbnail", geometry,
      "-background", "white", "-flatten",
      dest
    )
    return if status.success?

    Rails.logger.error("thumbnail failed for asset #{@asset.id}: #{err}")
    raise ActionController::BadRequest, "could not render thumbnail"
  end

  def cache_headers_for(path)
    response.headers["Last-Modified"] = File.mtime(path).httpdate
    response.headers["X-Thumbnail-Cache"] = "hit"
  end
end
