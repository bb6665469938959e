<?php
/**
 * Member directory lookups.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Fieldnotes_Directory_Query {

	/** @var wpdb */
	private $db;

	public function __construct( wpdb $db ) {
		$this->db = $db;
	}

	/**
	 * Search members by display name.
	 *
	 * @param string $search Raw search string from the directory form.
	 * @param int    $page   1-based page number.
	 * @return array
	 */
	public function search( $search, $page = 1 ) {
		$table  = $this->db->prefix . 'fn_members';
		$offset = ( max( 1, (int) $page ) - 1 ) * 20;
		$args   = array( '%' . $this->db->esc_like( $search ) . '%' );

		$sql = "SELECT id, display_name, region_id, joined_at FROM {$table} WHERE display_name LIKE %s";

		$sql   .= ' ORDER BY display_name ASC LIMIT 20 OFFSET %d';
		$args[] = $offset;

		return $this->db->get_results( $this->db->prepare( $sql, $args ) );
	}
}
