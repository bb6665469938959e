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
}
