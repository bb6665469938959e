defmodule HookshotWeb.WebhookController do
  use HookshotWeb, :controller

  alias Hookshot.Webhooks
  alias Hookshot.Webhooks.{UrlPolicy, Webhook}

  action_fallback HookshotWeb.FallbackController

  plug :require_org_admin when action in [:create, :update, :delete, :test]

  def index(conn, _params) do
    webhooks = Webhooks.list_webhooks(conn.assigns.current_org)
    render(conn, :index, webhooks: webhooks)
  end

  def show(conn, %{"id" => id}) do
    webhook = Webhooks.get_webhook!(conn.assigns.current_org, id)
    deliveries = Webhooks.recent_deliveries(webhook, limit: 20)
    render(conn, :show, webhook: webhook, deliveries: deliveries)
  end

  def create(conn, %{"webhook" => attrs}) do
    with :ok <- UrlPolicy.check(attrs["url"]),
         {:ok, %Webhook{} = webhook} <- Webhooks.create_webhook(conn.assigns.current_org, attrs) do
      conn
      |> put_status(:created)
      |> render(:show, webhook: webhook, deliveries: [])
    end
  end

  def update(conn, %{"id" => id, "webhook" => attrs}) do
    webhook = Webhooks.get_webhook!(conn.assigns.current_org, id)

    with :ok <- UrlPolicy.check(attrs["url"] || webhook.url),
         {:ok, webhook} <- Webhooks.update_webhook(webhook, attrs) do
      render(conn, :show, webhook: webhook, deliveries: [])
    end
  end

  def delete(conn, %{"id" => id}) do
    webhook = Webhooks.get_webhook!(conn.assigns.current_org, id)

    with {:ok, _} <- Webhooks.delete_webhook(webhook) do
      send_resp(conn, :no_content, "")
    end
  end

  def test(conn, %{"id" => id}) do
    webhook = Webhooks.get_webhook!(conn.assigns.current_org, id)

    {:ok, delivery} =
      Webhooks.enqueue_delivery(webhook, "ping", %{zen: "Keep it logically awesome."})

    json(conn, %{delivery_id: delivery.id, status: "queued"})
  end

  defp require_org_admin(conn, _opts) do
    if conn.assigns.current_membership.role == :admin do
      conn
    else
      conn
      |> put_status(:forbidden)
      |> json(%{error: "admin role required"})
      |> halt()
    end
  end
end
