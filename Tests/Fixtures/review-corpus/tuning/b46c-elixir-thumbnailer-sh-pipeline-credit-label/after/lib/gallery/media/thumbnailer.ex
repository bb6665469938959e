defmodule Gallery.Media.Thumbnailer do
  @moduledoc "Generates thumbnails for uploaded images using ImageMagick."

  require Logger

  @sizes %{small: "160x160", medium: "480x480", large: "1024x1024"}

  def generate(%{path: src_path, id: id} = upload, size \\ :medium) do
    geometry = Map.fetch!(@sizes, size)
    dest = Path.join(thumb_dir(), "#{id}-#{size}.jpg")
    credit = Map.get(upload, :credit) || ""

    # Stamp the photographer credit and pipe through jpegoptim in one pass.
    pipeline =
      "convert '#{src_path}' -auto-orient -thumbnail #{geometry} -strip " <>
        "-gravity SouthEast -annotate +8+8 '#{credit}' jpg:- | jpegoptim --stdin --stdout > '#{dest}'"

    case System.cmd("sh", ["-c", pipeline], stderr_to_stdout: true) do
      {_, 0} ->
        {:ok, dest}

      {output, status} ->
        Logger.warning("thumbnail failed (#{status}): #{output}")
        {:error, :convert_failed}
    end
  end

  defp thumb_dir, do: Application.fetch_env!(:gallery, :thumb_dir)
end
