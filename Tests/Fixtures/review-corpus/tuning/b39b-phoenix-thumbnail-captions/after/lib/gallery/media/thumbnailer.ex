defmodule Gallery.Media.Thumbnailer do
  @moduledoc """
  Builds resized previews for uploaded photos using ImageMagick.

  Called from `Gallery.Media.process_upload/3` after the original has been
  written to the uploads volume. Output is piped through jpegoptim to keep
  card images under the CDN's 200 KB budget.
  """

  require Logger

  @sizes %{thumb: {320, 320}, card: {800, 600}}

  @spec generate(Path.t(), atom(), keyword()) :: {:ok, Path.t()} | {:error, term()}
  def generate(src, size, opts \\ []) when is_map_key(@sizes, size) do
    {w, h} = Map.fetch!(@sizes, size)
    dest = derived_path(src, size)

    pipeline =
      ["convert", src, "-auto-orient", "-resize", "#{w}x#{h}^", "-strip"]
      |> maybe_caption(Keyword.get(opts, :caption))
      |> Kernel.++(["jpg:-", "|", "jpegoptim", "--stdin", "--stdout", "--max=82", ">", dest])
      |> Enum.join(" ")

    case System.cmd("sh", ["-c", pipeline], stderr_to_stdout: true) do
      {_, 0} ->
        {:ok, dest}

      {output, status} ->
        Logger.warning("thumbnail pipeline exited #{status} for #{src}: #{output}")
        {:error, {:convert_failed, status}}
    end
  end

  # Captions come from the upload form ("Add a caption (optional)") and are burned
  # into the card image only.
  defp maybe_caption(args, nil), do: args

  defp maybe_caption(args, caption) do
    args ++ ["-gravity", "south", "-pointsize", "18", "-fill", "white", "-annotate", "+0+12", ~s("#{caption}")]
  end

  defp derived_path(src, size) do
    dir = Path.dirname(src)
    base = Path.basename(src, Path.extname(src))
    Path.join(dir, "#{base}_#{size}.jpg")
  end
end
