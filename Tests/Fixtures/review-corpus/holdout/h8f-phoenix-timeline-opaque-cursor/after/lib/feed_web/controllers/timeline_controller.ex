defmodule FeedWeb.TimelineController do
  use FeedWeb, :controller

  alias Feed.Timeline

  @page_size 30

  action_fallback FeedWeb.FallbackController

  def index(conn, params) do
    user = conn.assigns.current_user
    cursor = decode_cursor(params["cursor"])

    posts = Timeline.for_user(user, cursor: cursor, limit: @page_size)

    render(conn, :index, posts: posts, next_cursor: encode_cursor(posts))
  end

  # Opaque cursor so clients stop poking at ids; carries {inserted_at, id}.
  defp encode_cursor([]), do: nil

  defp encode_cursor(posts) do
    last = List.last(posts)
    {last.inserted_at, last.id} |> :erlang.term_to_binary() |> Base.url_encode64(padding: false)
  end

  defp decode_cursor(nil), do: nil

  defp decode_cursor(cursor) do
    cursor
    |> Base.url_decode64!(padding: false)
    |> :erlang.binary_to_term()
  end
end
