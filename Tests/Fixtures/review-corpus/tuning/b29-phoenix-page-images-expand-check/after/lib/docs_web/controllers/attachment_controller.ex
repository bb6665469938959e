defmodule DocsWeb.AttachmentController do
  use DocsWeb, :controller

  alias Docs.Attachments
  alias Docs.Workspaces

  action_fallback DocsWeb.FallbackController

  @max_upload_bytes 25 * 1024 * 1024
  @page_image_exts ~w(.png .jpg .jpeg .webp)

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

  # GET /workspaces/:workspace_id/attachments/:id/pages/*path
  # Serves the page renders that Docs.Renderer writes for PDFs and slide decks.
  def page_image(conn, %{"workspace_id" => ws_id, "id" => id, "path" => segments}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)
    attachment = Attachments.get!(workspace, id)

    root = attachment |> Attachments.pages_dir() |> Path.expand()
    requested = segments |> Path.join() |> Path.expand(root)

    with true <- String.starts_with?(requested, root <> "/"),
         true <- String.downcase(Path.extname(requested)) in @page_image_exts,
         {:ok, %File.Stat{type: :regular}} <- File.lstat(requested) do
      conn
      |> put_resp_content_type(MIME.from_path(requested))
      |> put_resp_header("x-content-type-options", "nosniff")
      |> put_resp_header("cache-control", "private, max-age=86400")
      |> send_file(200, requested)
    else
      _ -> {:error, :not_found}
    end
  end

  def delete(conn, %{"workspace_id" => ws_id, "id" => id}) do
    workspace = Workspaces.get_for_user!(conn.assigns.current_user, ws_id)
    attachment = Attachments.get!(workspace, id)

    with {:ok, _} <- Attachments.delete(attachment) do
      send_resp(conn, :no_content, "")
    end
  end
end
