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
    # MiniMagick re-read the file for every call; one convert is faster
    `convert #{source_path} -resize #{px}x#{px}^ -gravity center -extent #{px}x#{px} #{dest}`
    raise "convert failed for #{@upload.original_filename}" unless $?.success?
    dest
  end
end
