defmodule Media.Workers.IngestWorker do
  use Oban.Worker, queue: :ingest, max_attempts: 5, unique: [period: 300, fields: [:args]]

  alias Media.{Assets, Storage}

  require Logger

  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"asset_id" => asset_id}}) do
    asset = Assets.get_asset!(asset_id)

    with {:ok, tmp_path} <- Storage.download_to_tmp(asset.storage_key),
         {:ok, meta} <- Media.Probe.run(tmp_path) do
      checksum = sha256_file(tmp_path)

      case Assets.find_by_checksum(asset.library_id, checksum) do
        %{id: existing_id} when existing_id != asset.id ->
          Assets.mark_duplicate(asset, existing_id)

        _ ->
          Assets.mark_ingested(asset, %{
            duration_ms: meta.duration_ms,
            width: meta.width,
            height: meta.height,
            byte_size: File.stat!(tmp_path).size,
            checksum_sha256: checksum
          })
      end
    else
      {:error, reason} ->
        Logger.warning("ingest failed for asset #{asset_id}: #{inspect(reason)}")
        {:error, reason}
    end
  end

  defp sha256_file(path) do
    path
    |> File.stream!([], 2_048_000)
    |> Enum.reduce(:crypto.hash_init(:sha256), &:crypto.hash_update(&2, &1))
    |> :crypto.hash_final()
    |> Base.encode16(case: :lower)
  end
end
