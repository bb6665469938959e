<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Models\Order;
use Illuminate\Http\Request;

class OrderSearchController extends Controller
{
    public function __construct()
    {
        $this->middleware(['auth', 'can:view-orders']);
    }

    public function index(Request $request)
    {
        $validated = $request->validate([
            'status' => 'nullable|in:pending,paid,refunded,cancelled',
            'per_page' => 'nullable|integer|min:10|max:100',
        ]);

        $orders = Order::query()
            ->with('customer')
            ->when($validated['status'] ?? null, fn ($q, $status) => $q->where('status', $status))
            ->latest()
            ->paginate($validated['per_page'] ?? 25)
            ->withQueryString();

        return view('admin.orders.index', compact('orders'));
    }
}
