defmodule HarborWeb.ExportController do
  use HarborWeb, :controller

  alias Harbor.Exports
  alias Harbor.Exports.Export

  action_fallback HarborWeb.FallbackController

  def index(conn, _params) do
    exports = Exports.list_exports(conn.assigns.current_user)
    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    user = conn.assigns.current_user

    with {:ok, %Export{} = export} <- Exports.request_export(user, export_params) do
      conn
      |> put_flash(:info, "Your export is being prepared. We'll email you when it's ready.")
      |> redirect(to: ~p"/exports/#{export}")
    end
  end

  def show(conn, %{"id" => id}) do
    export = Exports.get_export!(conn.assigns.current_user, id)
    render(conn, :show, export: export)
  end

  def download(conn, %{"id" => id}) do
    export = Exports.get_export!(conn.assigns.current_user, id)

    case export.status do
      :ready ->
        conn
        |> put_resp_content_type(export.content_type)
        |> send_download({:file, export.path}, filename: export.filename)

      _ ->
        conn
        |> put_flash(:error, "This export is not ready yet.")
        |> redirect(to: ~p"/exports/#{export}")
    end
  end
end
