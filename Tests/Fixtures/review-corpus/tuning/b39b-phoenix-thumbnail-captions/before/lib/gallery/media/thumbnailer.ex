defmodule Gallery.Media.Thumbnailer do
  @moduledoc """
  Builds resized previews for uploaded photos using ImageMagick.

  Called from `Gallery.Media.process_upload/2` after the original has been
  written to the uploads volume.
  """

  require Logger

  @sizes %{thumb: {320, 320}, card: {800, 600}}

  @spec generate(Path.t(), atom()) :: {:ok, Path.t()} | {:error, term()}
  def generate(src, size) when is_map_key(@sizes, size) do
    {w, h} = Map.fetch!(@sizes, size)
    dest = derived_path(src, size)

    case System.cmd("convert", [src, "-auto-orient", "-resize", "#{w}x#{h}^", "-strip", dest],
           stderr_to_stdout: true
         ) do
      {_, 0} ->
        {:ok, dest}

      {output, status} ->
        Logger.warning("convert exited #{status} for #{src}: #{output}")
        {:error, {:convert_failed, status}}
    end
  end

  defp derived_path(src, size) do
    dir = Path.dirname(src)
    base = Path.basename(src, Path.extname(src))
    Path.join(dir, "#{base}_#{size}.jpg")
  end
end
