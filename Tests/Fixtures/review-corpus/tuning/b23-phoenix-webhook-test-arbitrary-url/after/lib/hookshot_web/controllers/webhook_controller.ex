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

  # Lets admins try an endpoint before saving it: pass "url" to test an unsaved
  # endpoint, or "id" to ping an existing webhook. Result is shown inline in the UI.
  def test(conn, params) do
    target =
      case params do
        %{"url" => url} when is_binary(url) and url != "" ->
          url

        %{"id" => id} ->
          Webhooks.get_webhook!(conn.assigns.current_org, id).url
      end

    case deliver_ping(target) do
      {:ok, %Req.Response{status: status, headers: headers, body: body}} ->
        json(conn, %{status: status, headers: Map.new(headers), body: body})

      {:error, reason} ->
        conn
        |> put_status(:bad_gateway)
        |> json(%{error: Exception.message(reason)})
    end
  end

  defp deliver_ping(url) do
    Req.post(url,
      json: %{event: "ping", zen: "Keep it logically awesome."},
      receive_timeout: 5_000,
      retry: false,
      decode_body: false
    )
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
