defmodule Clinicbook.SMS.Client do
  @moduledoc "Thin wrapper over the SMS provider's REST API."

  require Logger

  @max_attempts 4
  @base_backoff_ms 250

  def send_message(to, body) do
    do_send(%{to: to, body: body, from: sender()}, 1)
  end

  defp do_send(payload, attempt) do
    case Req.post(base_req(), url: "/v2/messages", json: payload) do
      {:ok, %Req.Response{status: status, body: body}} when status in 200..299 ->
        {:ok, body["id"]}

      {:ok, %Req.Response{status: status}} when status in [429, 502, 503] and attempt < @max_attempts ->
        Process.sleep(backoff(attempt))
        do_send(payload, attempt + 1)

      {:ok, %Req.Response{status: status, body: body}} ->
        Logger.warning("sms send failed status=#{status}")
        {:error, {:http, status, body}}

      {:error, reason} ->
        {:error, reason}
    end
  end

  # Exponential backoff with full jitter so appointment-reminder bursts don't retry in lockstep.
  defp backoff(attempt) do
    cap = @base_backoff_ms * Integer.pow(2, attempt - 1)
    :rand.uniform(cap)
  end

  defp base_req do
    Req.new(
      base_url: config(:base_url),
      auth: {:bearer, config(:api_key)},
      receive_timeout: 10_000
    )
  end

  defp sender, do: config(:sender_id)
  defp config(key), do: Application.fetch_env!(:clinicbook, __MODULE__)[key]
end
