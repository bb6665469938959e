defmodule ChatterWeb.LinkPreviewController do
  use ChatterWeb, :controller

  alias Chatter.LinkPreviews
  require Logger

  # Providers with a public oEmbed endpoint get rich previews; for everything
  # else we fall back to the page's Open Graph tags.
  @oembed_endpoints %{
    "www.youtube.com" => "https://www.youtube.com/oembed",
    "youtube.com" => "https://www.youtube.com/oembed",
    "youtu.be" => "https://www.youtube.com/oembed",
    "vimeo.com" => "https://vimeo.com/api/oembed.json",
    "soundcloud.com" => "https://soundcloud.com/oembed"
  }

  action_fallback ChatterWeb.FallbackController

  def show(conn, %{"url" => url}) do
    with {:ok, uri} <- parse_url(url),
         {:ok, preview} <- cached_or_fetch(uri) do
      json(conn, preview)
    end
  end

  def show(_conn, _params), do: {:error, :bad_request}

  defp parse_url(url) do
    case URI.new(url) do
      {:ok, %URI{scheme: scheme, host: host} = uri}
      when scheme in ["http", "https"] and is_binary(host) and host != "" ->
        {:ok, uri}

      _ ->
        {:error, :bad_request}
    end
  end

  defp cached_or_fetch(uri) do
    key = URI.to_string(uri)

    case LinkPreviews.get_by_url(key) do
      nil -> fetch_and_store(uri, key)
      preview -> {:ok, LinkPreviews.to_json(preview)}
    end
  end

  defp fetch_and_store(%URI{host: host} = uri, key) do
    case Map.fetch(@oembed_endpoints, host) do
      {:ok, endpoint} ->
        with {:ok, %Req.Response{status: 200, body: body}} <-
               Req.get(endpoint, params: [url: key, format: "json"], receive_timeout: 5_000),
             {:ok, preview} <- LinkPreviews.store(key, LinkPreviews.from_oembed(body)) do
          {:ok, LinkPreviews.to_json(preview)}
        else
          other ->
            Logger.info("oEmbed lookup failed for #{host}: #{inspect(other)}")
            {:error, :not_found}
        end

      :error ->
        fetch_open_graph(uri, key)
    end
  end

  defp fetch_open_graph(uri, key) do
    target = URI.to_string(%URI{uri | fragment: nil})

    with {:ok, %Req.Response{status: status, body: html}} when status in 200..299 <-
           Req.get(target, max_redirects: 5, receive_timeout: 5_000, retry: false),
         attrs = LinkPreviews.from_open_graph(html, fallback_excerpt: 280),
         {:ok, preview} <- LinkPreviews.store(key, attrs) do
      {:ok, LinkPreviews.to_json(preview)}
    else
      other ->
        Logger.info("Open Graph fetch failed for #{target}: #{inspect(other)}")
        {:error, :not_found}
    end
  end
end
