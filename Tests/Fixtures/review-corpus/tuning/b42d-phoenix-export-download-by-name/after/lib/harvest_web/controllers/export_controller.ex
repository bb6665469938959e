defmodule HarvestWeb.ExportController do
  use HarvestWeb, :controller

  alias Harvest.Exports
  require Logger

  plug :require_account_admin when action in [:create]

  def index(conn, _params) do
    exports = Exports.list_for_account(conn.assigns.current_account)
    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    case Exports.enqueue(conn.assigns.current_account, export_params) do
      {:ok, export} ->
        conn
        |> put_flash(:info, "Export queued. We'll email you when it's ready.")
        |> redirect(to: ~p"/exports/#{export.id}")

      {:error, changeset} ->
        render(conn, :new, changeset: changeset)
    end
  end

  def download(conn, %{"id" => id}) do
    export = Exports.get_for_account!(conn.assigns.current_account, id)

    Logger.info("export download account=#{export.account_id} export=#{export.id}")

    send_download(conn, {:file, Exports.file_path(export)},
      filename: export.filename,
      content_type: "text/csv"
    )
  end

  # Links in the "your export is ready" email point at the stored file name, which
  # survives re-runs of the same export (ids do not). GET /exports/file?name=...
  def download_file(conn, %{"name" => name}) do
    account = conn.assigns.current_account
    path = Path.join(Exports.account_dir(account), String.trim_leading(name, "/"))

    if File.regular?(path) do
      Logger.info("export download account=#{account.id} file=#{name}")

      send_download(conn, {:file, path},
        filename: Path.basename(path),
        content_type: MIME.from_path(path)
      )
    else
      conn
      |> put_status(:not_found)
      |> text("Export not found")
    end
  end
end
