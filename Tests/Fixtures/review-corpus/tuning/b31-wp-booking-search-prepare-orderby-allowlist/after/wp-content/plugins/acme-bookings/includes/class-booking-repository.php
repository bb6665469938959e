<?php
/**
 * Data access for bookings.
 *
 * @package Acme_Bookings
 */

defined( 'ABSPATH' ) || exit;

class Acme_Booking_Repository {

	const SORTABLE = array(
		'starts_at'  => 'b.starts_at',
		'created_at' => 'b.created_at',
		'customer'   => 'u.display_name',
		'status'     => 'b.status',
	);

	/** @var wpdb */
	private $db;

	/** @var string */
	private $table;

	public function __construct( wpdb $db ) {
		$this->db    = $db;
		$this->table = $db->prefix . 'acme_bookings';
	}

	public function find( int $id ): ?array {
		$row = $this->db->get_row(
			$this->db->prepare( "SELECT * FROM {$this->table} WHERE id = %d", $id ),
			ARRAY_A
		);
		return $row ?: null;
	}

	/**
	 * Admin list-table search: matches notes or customer name/email.
	 */
	public function search( string $term, string $status, string $orderby, string $order, int $per_page, int $page ): array {
		$column    = self::SORTABLE[ $orderby ] ?? self::SORTABLE['starts_at'];
		$direction = 'asc' === strtolower( $order ) ? 'ASC' : 'DESC';
		$like      = '%' . $this->db->esc_like( $term ) . '%';

		$sql = sprintf(
			"SELECT b.*, u.display_name AS customer_name
			   FROM {$this->table} b
			   JOIN {$this->db->users} u ON u.ID = b.customer_id
			  WHERE (b.notes LIKE %%s OR u.display_name LIKE %%s OR u.user_email LIKE %%s)
			    AND (%%s = '' OR b.status = %%s)
			  ORDER BY %s %s
			  LIMIT %%d OFFSET %%d",
			$column,
			$direction
		);

		return $this->db->get_results(
			$this->db->prepare( $sql, $like, $like, $like, $status, $status, $per_page, max( 0, ( $page - 1 ) * $per_page ) ),
			ARRAY_A
		);
	}

	public function for_customer( int $customer_id, int $limit = 20 ): array {
		return $this->db->get_results(
			$this->db->prepare(
				"SELECT * FROM {$this->table} WHERE customer_id = %d ORDER BY starts_at DESC LIMIT %d",
				$customer_id,
				$limit
			),
			ARRAY_A
		);
	}

	public function insert( array $data ): int {
		$this->db->insert(
			$this->table,
			array(
				'customer_id' => (int) $data['customer_id'],
				'resource_id' => (int) $data['resource_id'],
				'starts_at'   => $data['starts_at'],
				'ends_at'     => $data['ends_at'],
				'status'      => 'pending',
				'notes'       => sanitize_textarea_field( $data['notes'] ?? '' ),
			),
			array( '%d', '%d', '%s', '%s', '%s', '%s' )
		);
		return (int) $this->db->insert_id;
	}

	public function set_status( int $id, string $status ): bool {
		if ( ! in_array( $status, array( 'pending', 'confirmed', 'cancelled' ), true ) ) {
			return false;
		}
		return false !== $this->db->update( $this->table, array( 'status' => $status ), array( 'id' => $id ), array( '%s' ), array( '%d' ) );
	}
}
