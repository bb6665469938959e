class PressKitController < ApplicationController
  skip_before_action :authenticate_user!

  DOWNLOADABLE_EXTENSIONS = %w[.png .svg .pdf .zip].freeze

  def index
    @assets = Dir.children(asset_root).sort
  end

  # Journalists asked for single logos instead of the whole zip, so the index
  # now links each file as /press/download?file=<name>.
  def show
    name = File.basename(params.fetch(:file, "press-kit.zip").to_s)
    path = asset_root.join(name)

    unless DOWNLOADABLE_EXTENSIONS.include?(File.extname(name).downcase) && path.file?
      raise ActionController::RoutingError, "Not Found"
    end

    send_file path, disposition: "attachment"
  end

  private

  def asset_root
    Rails.root.join("public", "press")
  end
end
