require "tmpdir"

class AvatarResizer
  SIZES = { thumb: 64, small: 128, medium: 256 }.freeze

  def initialize(upload)
    @upload = upload
  end

  def call
    SIZES.each_with_object({}) do |(name, px), out|
      out[name] = resize(px)
    end
  end

  private

  def source_path
    File.join(@upload.dir, @upload.original_filename)
  end

  def resize(px)
    dest = File.join(Dir.tmpdir, "avatar-#{@upload.id}-#{px}.png")
    ok = system("convert", source_path, "-resize", "#{px}x#{px}^",
                "-gravity", "center", "-extent", "#{px}x#{px}", dest)
    raise "convert failed for upload #{@upload.id}" unless ok
    dest
  end
end
