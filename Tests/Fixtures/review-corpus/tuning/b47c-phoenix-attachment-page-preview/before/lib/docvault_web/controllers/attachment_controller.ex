defmodule DocvaultWeb.AttachmentController do
  use DocvaultWeb, :controller

  alias Docvault.Attachments

  plug :require_workspace_member

  def show(conn, %{"id" => id}) do
    attachment = Attachments.get_for_workspace!(conn.assigns.workspace, id)

    conn
    |> put_resp_content_type(attachment.content_type)
    |> put_resp_header("content-disposition", ~s(attachment; filename="#{attachment.filename}"))
    |> send_file(200, Attachments.storage_path(attachment))
  end

  defp require_workspace_member(conn, _opts) do
    if conn.assigns[:workspace_role] in [:owner, :editor, :viewer] do
      conn
    else
      conn
      |> put_status(:forbidden)
      |> put_view(json: DocvaultWeb.ErrorJSON)
      |> render(:"403")
      |> halt()
    end
  end
end
