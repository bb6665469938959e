require "mini_magick"

# Turns an uploaded avatar into the fixed set of square WebP variants we serve.
#
#   AvatarProcessor.new(current_user, params.require(:avatar_upload)).call
class AvatarProcessor
  SIZES = { "small" => 64, "medium" => 128, "large" => 256 }.freeze
  MAX_UPLOAD_BYTES = 5.megabytes
  ALLOWED_TYPES = %w[image/png image/jpeg image/webp].freeze

  class InvalidUpload < StandardError; end

  def initialize(user, params)
    @user = user
    @upload = params[:file]
    # Geometry picked in the new cropper widget, e.g. "420x420+35+12".
    @crop = params[:crop]
  end

  def call
    validate!
    variants = SIZES.each_with_object({}) do |(name, px), out|
      out[name] = resize(@upload.tempfile.path, px)
    end
    attach(variants)
  ensure
    variants&.each_value { |image| image.destroy! }
  end

  private

  def validate!
    raise InvalidUpload, "missing file" if @upload.blank?
    raise InvalidUpload, "file too large" if @upload.size > MAX_UPLOAD_BYTES
    unless ALLOWED_TYPES.include?(@upload.content_type)
      raise InvalidUpload, "unsupported type #{@upload.content_type}"
    end
  end

  # MiniMagick's combine_options reorders -crop after -auto-orient, which shifts the
  # crop box on rotated phone photos, so call convert directly with our own ordering.
  def resize(path, px)
    out = Rails.root.join("tmp", "avatars", "#{SecureRandom.hex(8)}-#{px}.webp").to_s
    args = [path]
    args << "-crop #{@crop} +repage" if @crop.present?
    args << "-auto-orient -strip"
    args << "-resize #{px}x#{px}^ -gravity center -extent #{px}x#{px}"
    args << out
    convert!(args.join(" "))
    MiniMagick::Image.new(out)
  end

  def convert!(arguments)
    FileUtils.mkdir_p(Rails.root.join("tmp", "avatars"))
    output = `convert #{arguments} 2>&1`
    raise InvalidUpload, "convert failed: #{output.lines.first}" unless $?.success?
  end

  def attach(variants)
    variants.each do |name, image|
      @user.avatar_variants.attach(
        io: File.open(image.path),
        filename: "avatar-#{@user.id}-#{name}.webp",
        content_type: "image/webp"
      )
    end
    @user.touch(:avatar_updated_at)
  end
end
