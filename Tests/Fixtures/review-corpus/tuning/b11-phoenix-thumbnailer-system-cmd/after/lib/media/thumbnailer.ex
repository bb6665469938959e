defmodule Media.Thumbnailer do
  @moduledoc """
  Generates a JPEG poster frame for uploaded videos.
  """

  require Logger

  @ffmpeg System.find_executable("ffmpeg") || "/usr/bin/ffmpeg"

  @spec poster(Plug.Upload.t(), Path.t()) :: {:ok, Path.t()} | {:error, term()}
  def poster(%Plug.Upload{path: src}, out_dir) do
    dest = Path.join(out_dir, Ecto.UUID.generate() <> ".jpg")

    args = [
      "-hide_banner",
      "-loglevel", "error",
      "-y",
      "-ss", "1",
      "-i", src,
      "-frames:v", "1",
      "-vf", "scale=480:-2",
      dest
    ]

    case System.cmd(@ffmpeg, args, stderr_to_stdout: true) do
      {_, 0} ->
        {:ok, dest}

      {output, status} ->
        Logger.warning("ffmpeg exited #{status}: #{String.slice(output, 0, 500)}")
        {:error, :ffmpeg_failed}
    end
  end
end