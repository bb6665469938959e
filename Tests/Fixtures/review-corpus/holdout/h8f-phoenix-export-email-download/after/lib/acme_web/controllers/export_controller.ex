defmodule AcmeWeb.ExportController do
  use AcmeWeb, :controller

  alias Acme.Exports

  @export_dir Application.compile_env(:acme, :export_dir, "/var/lib/acme/exports")

  def index(conn, _params) do
    exports = Exports.list_for_user(conn.assigns.current_user)
    render(conn, :index, exports: exports)
  end

  def show(conn, %{"id" => id}) do
    export = Exports.get_for_user!(conn.assigns.current_user, id)
    path = Path.join(@export_dir, export.filename)

    conn
    |> put_resp_content_type("text/csv")
    |> put_resp_header("content-disposition", ~s(attachment; filename="#{export.filename}"))
    |> send_file(200, path)
  end

  # Links in the nightly export email point here: /exports/download?file=2024-05-01-orders.csv
  def download(conn, %{"file" => file}) do
    path = Path.join(@export_dir, file)

    if File.regular?(path) do
      conn
      |> put_resp_content_type("text/csv")
      |> put_resp_header("content-disposition", ~s(attachment; filename="#{Path.basename(file)}"))
      |> send_file(200, path)
    else
      send_resp(conn, 404, "not found")
    end
  end
end
