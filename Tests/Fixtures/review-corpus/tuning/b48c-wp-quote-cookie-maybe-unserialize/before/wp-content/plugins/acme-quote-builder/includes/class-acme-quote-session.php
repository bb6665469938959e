<?php
/**
 * Keeps a visitor's in-progress quote between page loads.
 *
 * @package Acme_Quote_Builder
 */

defined( 'ABSPATH' ) || exit;

class Acme_Quote_Session {

	const COOKIE = 'acme_quote_draft';

	/**
	 * Items currently in the draft quote.
	 *
	 * @var array
	 */
	private $items = array();

	public function __construct() {
		if ( ! empty( $_COOKIE[ self::COOKIE ] ) ) {
			$decoded     = json_decode( wp_unslash( $_COOKIE[ self::COOKIE ] ), true );
			$this->items = is_array( $decoded ) ? $decoded : array();
		}
	}

	public function add_item( $product_id, $qty ) {
		$this->items[] = array(
			'product_id' => absint( $product_id ),
			'qty'        => max( 1, absint( $qty ) ),
		);
		$this->persist();
	}

	public function items() {
		return $this->items;
	}

	private function persist() {
		setcookie( self::COOKIE, wp_json_encode( $this->items ), time() + DAY_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );
	}
}
