defmodule ShipyardWeb.GithubWebhookController do
  use ShipyardWeb, :controller

  require Logger
  alias Shipyard.Deploys

  def create(conn, params) do
    raw_body = conn.assigns[:raw_body] || ""
    signature = conn |> get_req_header("x-hub-signature-256") |> List.first()

    if valid_signature?(raw_body, signature) do
      event = conn |> get_req_header("x-github-event") |> List.first()
      handle_event(conn, event, params)
    else
      Logger.warning("github webhook signature mismatch delivery=#{delivery_id(conn)}")
      send_resp(conn, 401, "invalid signature")
    end
  end

  defp handle_event(conn, "push", %{"ref" => "refs/heads/main"} = payload) do
    {:ok, deploy} = Deploys.enqueue_from_push(payload)
    json(conn, %{queued: deploy.id})
  end

  defp handle_event(conn, "ping", _payload), do: json(conn, %{ok: true})
  defp handle_event(conn, _event, _payload), do: send_resp(conn, 202, "")

  defp valid_signature?(_body, nil), do: false

  defp valid_signature?(body, "sha256=" <> hex) do
    secret = Application.fetch_env!(:shipyard, :github_webhook_secret)
    expected = :crypto.mac(:hmac, :sha256, secret, body) |> Base.encode16(case: :lower)
    Plug.Crypto.secure_compare(expected, String.downcase(hex))
  end

  defp valid_signature?(_body, _other), do: false

  defp delivery_id(conn), do: conn |> get_req_header("x-github-delivery") |> List.first()
end
