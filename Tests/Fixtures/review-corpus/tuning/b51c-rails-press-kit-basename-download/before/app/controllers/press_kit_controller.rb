class PressKitController < ApplicationController
  skip_before_action :authenticate_user!

  def index
    @assets = Dir.children(asset_root).sort
  end

  def show
    send_file asset_root.join("press-kit.zip"),
              type: "application/zip",
              disposition: "attachment"
  end

  private

  def asset_root
    Rails.root.join("public", "press")
  end
end
