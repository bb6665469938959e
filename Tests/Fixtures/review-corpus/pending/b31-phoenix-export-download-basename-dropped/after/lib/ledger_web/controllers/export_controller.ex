defmodule LedgerWeb.ExportController do
  use LedgerWeb, :controller

  require Logger

  alias Ledger.Accounts
  alias Ledger.Exports

  plug :require_export_permission

  def index(conn, _params) do
    account = conn.assigns.current_account
    exports = Exports.list_recent(account, limit: 50)
    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    account = conn.assigns.current_account

    case Exports.enqueue(account, conn.assigns.current_user, export_params) do
      {:ok, export} ->
        conn
        |> put_flash(:info, "Export #{export.id} queued; you will get an email when it is ready.")
        |> redirect(to: ~p"/exports")

      {:error, %Ecto.Changeset{} = changeset} ->
        conn
        |> put_status(:unprocessable_entity)
        |> render(:new, changeset: changeset)
    end
  end

  # Exports are now written to <account>/<yyyy-mm>/<name>, so `file` is a
  # relative path such as "2024-05/ledger-2024-05-31.csv".
  def download(conn, %{"file" => file}) do
    account = conn.assigns.current_account
    base = exports_dir(account)
    path = Path.join(base, file)
    name = Path.basename(path)

    if File.regular?(path) do
      Logger.info("export download account=#{account.id} file=#{file}")

      conn
      |> put_resp_content_type(MIME.from_path(name))
      |> send_download({:file, path}, filename: name)
    else
      conn
      |> put_status(:not_found)
      |> put_view(LedgerWeb.ErrorHTML)
      |> render(:"404")
    end
  end

  defp exports_dir(account) do
    Application.fetch_env!(:ledger, :exports_root)
    |> Path.join(Integer.to_string(account.id))
  end

  defp require_export_permission(conn, _opts) do
    if Accounts.can?(conn.assigns.current_user, :export_data) do
      conn
    else
      conn
      |> put_flash(:error, "You are not allowed to export data.")
      |> redirect(to: ~p"/")
      |> halt()
    end
  end
end
