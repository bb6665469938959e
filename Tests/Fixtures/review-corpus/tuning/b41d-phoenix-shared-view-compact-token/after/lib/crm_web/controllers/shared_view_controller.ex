defmodule CrmWeb.SharedViewController do
  @moduledoc """
  Opens a pipeline view that a teammate shared as a link.

  The link carries the filter set in the `v` query parameter so that it works
  without saving the view first. Links are now encoded in the compact term
  format (see `CrmWeb.PipelineLive.share_url/1`), which keeps long filter sets
  under Slack's URL preview limit; old JSON links still open.
  """
  use CrmWeb, :controller

  alias Crm.Pipeline
  alias Crm.Pipeline.Filters

  action_fallback CrmWeb.FallbackController

  def show(conn, %{"v" => encoded}) do
    with {:ok, raw} <- decode_view(encoded),
         {:ok, filters} <- Filters.cast(raw) do
      deals = Pipeline.list_deals(conn.assigns.current_scope, filters)
      render(conn, :show, deals: deals, filters: filters)
    else
      {:error, reason} ->
        conn
        |> put_flash(:error, "That shared link is no longer valid (#{inspect(reason)}).")
        |> redirect(to: ~p"/pipeline")
    end
  end

  defp decode_view(encoded) do
    case Base.url_decode64(encoded, padding: false) do
      {:ok, <<131, _::binary>> = packed} -> unpack(packed)
      {:ok, json} -> decode_json(json)
      :error -> {:error, :bad_encoding}
    end
  end

  defp unpack(packed) do
    # share_url/1 packs with :erlang.term_to_binary(filters, compressed: 6)
    packed
    |> :erlang.binary_to_term()
    |> then(&{:ok, &1})
  rescue
    ArgumentError -> {:error, :bad_term}
  end

  defp decode_json(json) do
    case Jason.decode(json) do
      {:ok, raw} -> {:ok, raw}
      {:error, %Jason.DecodeError{}} -> {:error, :bad_json}
    end
  end
end
