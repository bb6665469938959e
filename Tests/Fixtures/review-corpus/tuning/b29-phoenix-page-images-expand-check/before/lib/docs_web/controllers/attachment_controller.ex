defmodule DocsWeb.AttachmentController do
  use DocsWeb, :controller

  alias Docs.Attachments
  alias Docs.Workspaces

  action_fallback DocsWeb.FallbackController

  @max_upload_bytes 25 * 1024 * 1024

  def index(conn, %{"workspace_id" => ws_id}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)
    render(conn, :index, attachments: Attachments.list(workspace))
  end

  def create(conn, %{"workspace_id" => ws_id, "file" => %Plug.Upload{} = upload}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)

    with {:ok, %{size: size}} <- File.stat(upload.path),
         true <- size <= @max_upload_bytes || {:error, :too_large},
         {:ok, attachment} <- Attachments.store(workspace, upload) do
      conn
      |> put_status(:created)
      |> render(:show, attachment: attachment)
    end
  end

  def show(conn, %{"workspace_id" => ws_id, "id" => id}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)
    attachment = Attachments.get!(workspace, id)

    conn
    |> put_resp_content_type(attachment.content_type)
    |> put_resp_header("content-disposition", ~s(attachment; filename="#{attachment.safe_name}"))
    |> send_file(200, Attachments.disk_path(attachment))
  end

  def delete(conn, %{"workspace_id" => ws_id, "id" => id}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)
    attachment = Attachments.get!(workspace, id)

    with {:ok, _} <- Attachments.delete(attachment) do
      send_resp(conn, :no_content, "")
    end
  end
end
