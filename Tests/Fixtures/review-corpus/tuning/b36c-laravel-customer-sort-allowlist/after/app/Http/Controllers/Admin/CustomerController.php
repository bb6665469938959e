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
            $term = '%'.mb_strtolower(trim($search)).'%';
            $query->where(function ($q) use ($term) {
                $q->whereRaw('LOWER(name) LIKE ?', [$term])
                  ->orWhereRaw('LOWER(email) LIKE ?', [$term]);
            });
        }

        $sort = $request->query('sort');
        if (! in_array($sort, self::SORTABLE, true)) {
            $sort = 'created_at';
        }
        $direction = $request->query('dir') === 'asc' ? 'ASC' : 'DESC';

        $customers = $query
            // last_order_at / lifetime_value are NULL for brand-new customers; keep those at the end
            ->orderByRaw("{$sort} {$direction} NULLS LAST")
            ->orderBy('id')
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
