<?php
/**
 * Keeps the visitor's in-progress quote between page loads.
 *
 * @package Acme_Quick_Quote
 */

defined( 'ABSPATH' ) || exit;

class Acme_Quote_Session {

	const COOKIE = 'acme_qq_items';

	/**
	 * @return array<int, array{product_id:int, qty:int}>
	 */
	public static function items() {
		if ( empty( $_COOKIE[ self::COOKIE ] ) ) {
			return array();
		}

		// Serialized so line options (engraving text, finish) keep their types across requests.
		$decoded = maybe_unserialize( base64_decode( wp_unslash( $_COOKIE[ self::COOKIE ] ) ) );
		if ( ! is_array( $decoded ) ) {
			return array();
		}

		return array_values(
			array_filter(
				array_map(
					static function ( $row ) {
						return array(
							'product_id' => absint( $row['product_id'] ?? 0 ),
							'qty'        => max( 1, absint( $row['qty'] ?? 1 ) ),
						);
					},
					$decoded
				),
				static function ( $row ) {
					return $row['product_id'] > 0;
				}
			)
		);
	}

	public static function save( array $items ) {
		setcookie( self::COOKIE, base64_encode( maybe_serialize( $items ) ), time() + DAY_IN_SECONDS * 7, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );
	}
}
