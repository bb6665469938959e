defmodule ForumWeb.PostComponents do
  @moduledoc "Function components for rendering forum posts."
  use Phoenix.Component

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
      <div class="whitespace-pre-line text-zinc-900">
        <%= @post.body %>
      </div>
    </article>
    """
  end
end
