<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class PostController extends Controller
{
    public function index(Request $request)
    {
        $posts = Post::query()
            ->where('published', true)
            ->orderByDesc('published_at')
            ->paginate(20);

        return view('posts.index', ['posts' => $posts]);
    }

    public function show(string $slug)
    {
        $post = Post::where('slug', $slug)->where('published', true)->firstOrFail();

        return view('posts.show', ['post' => $post]);
    }

    public function related(string $slug)
    {
        $rows = DB::select("
            SELECT p.id, p.title, p.slug, COUNT(*) AS shared
            FROM post_tag a
            JOIN post_tag b ON b.tag_id = a.tag_id AND b.post_id <> a.post_id
            JOIN posts p ON p.id = b.post_id
            WHERE a.post_id = (SELECT id FROM posts WHERE slug = ?)
              AND p.published = 1
            GROUP BY p.id, p.title, p.slug
            ORDER BY shared DESC
            LIMIT 5
        ", [$slug]);

        return response()->json($rows);
    }
}
