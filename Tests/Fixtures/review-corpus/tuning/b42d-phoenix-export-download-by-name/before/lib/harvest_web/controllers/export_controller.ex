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
end
