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

  def resize(path, px)
    image = MiniMagick::Image.open(path)
    image.combine_options do |c|
      c.auto_orient
      c.strip
      c.resize "#{px}x#{px}^"
      c.gravity "center"
      c.extent "#{px}x#{px}"
    end
    image.format "webp"
    image
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
