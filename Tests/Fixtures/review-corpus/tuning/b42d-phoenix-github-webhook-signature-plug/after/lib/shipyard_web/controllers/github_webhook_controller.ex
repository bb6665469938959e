defmodule ShipyardWeb.GithubWebhookController do
  use ShipyardWeb, :controller

  require Logger
  alias Shipyard.{Deploys, Installations}

  plug :verify_signature when action in [:create, :installation]

  def create(conn, params) do
    event = conn |> get_req_header("x-github-event") |> List.first()
    handle_event(conn, event, params)
  end

  # GitHub App installation events are delivered to their own URL so they can be
  # routed to a separate queue; same secret, same signature header.
  def installation(conn, %{"action" => action, "installation" => installation}) do
    :ok = Installations.record(action, installation)
    send_resp(conn, 204, "")
  end

  defp handle_event(conn, "push", %{"ref" => "refs/heads/main"} = payload) do
    {:ok, deploy} = Deploys.enqueue_from_push(payload)
    json(conn, %{queued: deploy.id})
  end

  defp handle_event(conn, "ping", _payload), do: json(conn, %{ok: true})
  defp handle_event(conn, _event, _payload), do: send_resp(conn, 202, "")

  defp verify_signature(conn, _opts) do
    raw_body = conn.assigns[:raw_body] || ""
    signature = conn |> get_req_header("x-hub-signature-256") |> List.first()

    if valid_signature?(raw_body, signature) do
      conn
    else
      Logger.warning("github webhook signature mismatch delivery=#{delivery_id(conn)}")

      conn
      |> send_resp(401, "invalid signature")
      |> halt()
    end
  end

  defp valid_signature?(_body, nil), do: false

  defp valid_signature?(body, "sha256=" <> hex) do
    secret = Application.fetch_env!(:shipyard, :github_webhook_secret)
    expected = :crypto.mac(:hmac, :sha256, secret, body) |> Base.encode16(case: :lower)
    Plug.Crypto.secure_compare(expected, String.downcase(hex))
  end

  defp valid_signature?(_body, _other), do: false

  defp delivery_id(conn), do: conn |> get_req_header("x-github-delivery") |> List.first()
end
