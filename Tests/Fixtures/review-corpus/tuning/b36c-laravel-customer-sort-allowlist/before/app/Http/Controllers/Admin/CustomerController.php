<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Http\Resources\Admin\CustomerResource;
use App\Models\Customer;
use Illuminate\Http\Request;
use Illuminate\Http\Resources\Json\AnonymousResourceCollection;

class CustomerController extends Controller
{
    /**
     * Columns the admin grid may sort by. Also used for the CSV export header row.
     */
    public const SORTABLE = [
        'name',
        'email',
        'created_at',
        'last_order_at',
        'lifetime_value',
    ];

    public function __construct()
    {
        $this->middleware(['auth', 'can:manage-customers']);
    }

    public function index(Request $request): AnonymousResourceCollection
    {
        $query = Customer::query()
            ->withCount('orders')
            ->when($request->boolean('active'), fn ($q) => $q->whereNull('deactivated_at'));

        if ($search = $request->query('q')) {
            $query->where(function ($q) use ($search) {
                $q->where('name', 'like', '%'.$search.'%')
                  ->orWhere('email', 'like', '%'.$search.'%');
            });
        }

        $customers = $query
            ->orderByDesc('created_at')
            ->paginate(min($request->integer('per_page', 25), 100))
            ->withQueryString();

        return CustomerResource::collection($customers);
    }

    public function show(Customer $customer): CustomerResource
    {
        return new CustomerResource(
            $customer->load(['addresses', 'orders' => fn ($q) => $q->latest()->limit(10)])
        );
    }
}
