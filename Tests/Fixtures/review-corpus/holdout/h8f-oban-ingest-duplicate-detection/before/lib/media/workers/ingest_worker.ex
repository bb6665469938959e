defmodule Media.Workers.IngestWorker do
  use Oban.Worker, queue: :ingest, max_attempts: 5, unique: [period: 300, fields: [:args]]

  alias Media.{Assets, Storage}

  require Logger

  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"asset_id" => asset_id}}) do
    asset = Assets.get_asset!(asset_id)

    with {:ok, tmp_path} <- Storage.download_to_tmp(asset.storage_key),
         {:ok, meta} <- Media.Probe.run(tmp_path) do
      Assets.mark_ingested(asset, %{
        duration_ms: meta.duration_ms,
        width: meta.width,
        height: meta.height,
        byte_size: File.stat!(tmp_path).size
      })
    else
      {:error, reason} ->
        Logger.warning("ingest failed for asset #{asset_id}: #{inspect(reason)}")
        {:error, reason}
    end
  end
end
