defmodule ForumWeb.PostComponents do
  @moduledoc "Function components for rendering forum posts."
  use Phoenix.Component

  import Phoenix.HTML, only: [raw: 1]

  alias Forum.Posts.Post

  attr :post, Post, required: true
  attr :show_author, :boolean, default: true

  def post_card(assigns) do
    ~H"""
    <article id={"post-#{@post.id}"} class="rounded-lg border p-4">
      <header :if={@show_author} class="mb-2 text-sm text-zinc-500">
        <%= @post.author.display_name %> ·
        <time datetime={@post.inserted_at}><%= Calendar.strftime(@post.inserted_at, "%b %d, %Y") %></time>
      </header>
      <div class="prose text-zinc-900">
        <%= raw(render_markdown(@post.body)) %>
      </div>
    </article>
    """
  end

  # Posts are Markdown now. Earmark output can contain whatever HTML the author typed,
  # so it goes through HtmlSanitizeEx's markdown scrubber (strips script/style/iframe,
  # event handlers and javascript: URLs) before we mark it safe.
  defp render_markdown(nil), do: ""

  defp render_markdown(body) do
    body
    |> Earmark.as_html!(compact_output: true)
    |> HtmlSanitizeEx.markdown_html()
  end
end
