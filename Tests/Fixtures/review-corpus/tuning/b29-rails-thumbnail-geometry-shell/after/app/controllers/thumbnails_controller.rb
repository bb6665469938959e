# frozen_string_literal: true

require "open3"
require "shellwords"

class ThumbnailsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_asset

  DEFAULT_GEOMETRY = "320x240"
  CACHE_DIR = Rails.root.join("tmp", "thumbnails")

  def show
    geometry = params[:size].presence || DEFAULT_GEOMETRY
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
    # Build the command as a string so ImageMagick geometry flags such as
    # "320x240^" or "640x>" pass through the same way they do in our docs.
    cmd = +"convert #{Shellwords.escape("#{source}[0]")}"
    cmd << " -thumbnail #{geometry}"
    cmd << " -gravity center -extent #{geometry}" if params[:crop] == "1"
    cmd << " -background white -flatten"
    cmd << " #{Shellwords.escape(dest)}"
    _out, err, status = Open3.capture3(cmd)
    return if status.success?

    Rails.logger.error("thumbnail failed for asset #{@asset.id}: #{err}")
    raise ActionController::BadRequest, "could not render thumbnail"
  end

  def cache_headers_for(path)
    response.headers["Last-Modified"] = File.mtime(path).httpdate
    response.headers["X-Thumbnail-Cache"] = "hit"
  end
end
