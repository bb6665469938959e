defmodule LedgerWeb.ExportController do
  use LedgerWeb, :controller

  alias Ledger.Exports
  alias Ledger.Exports.Export

  action_fallback LedgerWeb.FallbackController

  def index(conn, _params) do
    user = conn.assigns.current_user
    exports = Exports.list_exports_for(user)

    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    user = conn.assigns.current_user

    with {:ok, %Export{} = export} <- Exports.request_export(user, export_params) do
      conn
      |> put_flash(:info, "Export queued. We'll email you when it's ready.")
      |> redirect(to: ~p"/exports/#{export}")
    end
  end

  def show(conn, %{"id" => id}) do
    user = conn.assigns.current_user

    with {:ok, export} <- Exports.fetch_export(user, id),
         :ready <- export.status do
      send_download(conn, {:file, Exports.file_path(export)},
        filename: export.filename,
        content_type: "text/csv"
      )
    else
      :pending ->
        conn
        |> put_flash(:info, "That export is still being generated.")
        |> redirect(to: ~p"/exports")

      other ->
        other
    end
  end

  # Links in the "your export is ready" email point here, e.g.
  # /exports/download?name=transactions-2024-05.csv
  def download(conn, %{"name" => name}) do
    user_dir = Path.join(Exports.root_dir(), Integer.to_string(conn.assigns.current_user.id))
    path = Path.join(user_dir, name)

    if File.regular?(path) do
      send_download(conn, {:file, path}, filename: Path.basename(path))
    else
      {:error, :not_found}
    end
  end
end
