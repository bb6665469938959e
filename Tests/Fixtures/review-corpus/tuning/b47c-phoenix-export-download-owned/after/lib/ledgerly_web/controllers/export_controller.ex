defmodule LedgerlyWeb.ExportController do
  use LedgerlyWeb, :controller

  alias Ledgerly.Exports

  plug :load_owned_export when action in [:show, :delete, :download]

  def index(conn, _params) do
    exports = Exports.list_user_exports(conn.assigns.current_user)
    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    case Exports.request_export(conn.assigns.current_user, export_params) do
      {:ok, _export} ->
        conn
        |> put_flash(:info, "Export started. We'll email you when it's ready.")
        |> redirect(to: ~p"/exports")

      {:error, changeset} ->
        render(conn, :new, changeset: changeset)
    end
  end

  def show(conn, _params), do: render(conn, :show, export: conn.assigns.export)

  def download(conn, _params) do
    export = conn.assigns.export

    send_download(conn, {:file, Exports.file_path(export)},
      filename: "ledger-#{Date.to_iso8601(export.period_start)}.csv",
      content_type: "text/csv"
    )
  end

  def delete(conn, _params) do
    {:ok, _} = Exports.delete_export(conn.assigns.export)

    conn
    |> put_flash(:info, "Export deleted.")
    |> redirect(to: ~p"/exports")
  end

  defp load_owned_export(conn, _opts) do
    export = Exports.get_user_export!(conn.assigns.current_user, conn.params["id"])
    assign(conn, :export, export)
  end
end
