<?php
/**
 * Fetches oEmbed data for the Acme Embeds block.
 *
 * @package AcmeEmbeds
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Acme_Embed_Fetcher {

	const CACHE_GROUP = 'acme_embeds';
	const CACHE_TTL   = 12 * HOUR_IN_SECONDS;

	/**
	 * oEmbed endpoint for the only provider we support so far.
	 */
	const VIMEO_ENDPOINT = 'https://vimeo.com/api/oembed.json';

	public function register() {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes() {
		register_rest_route(
			'acme-embeds/v1',
			'/oembed',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'handle' ),
				'permission_callback' => static function () {
					return current_user_can( 'edit_posts' );
				},
				'args'                => array(
					'url' => array(
						'required'          => true,
						'sanitize_callback' => 'esc_url_raw',
					),
				),
			)
		);
	}

	public function handle( WP_REST_Request $request ) {
		$url = $request->get_param( 'url' );

		$cache_key = 'oembed_' . md5( $url );
		$cached    = wp_cache_get( $cache_key, self::CACHE_GROUP );
		if ( false !== $cached ) {
			return rest_ensure_response( $cached );
		}

		$endpoint = add_query_arg( array( 'url' => rawurlencode( $url ) ), self::VIMEO_ENDPOINT );
		$response = wp_remote_get( $endpoint, array( 'timeout' => 5 ) );

		if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
			return new WP_Error( 'acme_embed_failed', __( 'Could not load embed.', 'acme-embeds' ), array( 'status' => 502 ) );
		}

		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( ! is_array( $data ) ) {
			return new WP_Error( 'acme_embed_invalid', __( 'Invalid embed data.', 'acme-embeds' ), array( 'status' => 502 ) );
		}

		$data = array_intersect_key( $data, array_flip( array( 'title', 'html', 'thumbnail_url', 'width', 'height' ) ) );
		wp_cache_set( $cache_key, $data, self::CACHE_GROUP, self::CACHE_TTL );

		return rest_ensure_response( $data );
	}
}
